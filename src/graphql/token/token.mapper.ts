import { isBootstrapToken, type ApiToken } from '../../domain/token/token.entity';
import type { ApiTokenType, TokenScopeValue } from './token.type';

export const toApiTokenType = (token: ApiToken): ApiTokenType => ({
  id: token.id,
  name: token.name,
  scope: token.scope as TokenScopeValue,
  prefix: token.prefix,
  userId: token.userId,
  bootstrap: isBootstrapToken(token),
  createdAt: token.createdAt,
  lastUsedAt: token.lastUsedAt,
  revokedAt: token.revokedAt,
});
