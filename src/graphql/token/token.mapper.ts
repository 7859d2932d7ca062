import type { ApiToken } from '../../domain/token/token.entity';
import type { ApiTokenType, TokenScopeValue } from './token.type';

export const toApiTokenType = (token: ApiToken): ApiTokenType => ({
  id: token.id,
  name: token.name,
  scope: token.scope as TokenScopeValue,
  prefix: token.prefix,
  userId: token.userId,
  bootstrap: token.scope === 'admin' && token.userId === null,
  createdAt: token.createdAt,
  lastUsedAt: token.lastUsedAt,
  revokedAt: token.revokedAt,
});
