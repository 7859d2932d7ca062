"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.authChecker = void 0;
const RIGHTS = {
    read: ['READ'],
    internal: ['READ', 'INTERNAL'],
    scim: ['READ', 'WRITE'],
    admin: ['READ', 'WRITE', 'ORG_ADMIN'],
};
function rightsOf(context) {
    const { actor } = context;
    if (actor.kind !== 'token')
        return ['READ', 'WRITE', 'ORG_ADMIN', 'INTERNAL'];
    return RIGHTS[actor.scope ?? ''] ?? [];
}
const authChecker = ({ context }, required) => {
    const rights = rightsOf(context);
    return required.every((right) => rights.includes(right));
};
exports.authChecker = authChecker;
//# sourceMappingURL=auth-checker.js.map