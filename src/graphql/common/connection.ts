import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { Page } from '../../domain/query/paging';

@ObjectType('PageInfo', { simpleResolvers: true })
export class PageInfoType {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Cursor of the first node: pass it as `before` (with `last`) for the previous page.' })
  startCursor!: string | null;
  @Field(() => String, { nullable: true, description: 'Cursor of the last node: pass it as `after` for the next page.' })
  endCursor!: string | null;
}

/** Page size of a connection when neither `first` nor `last` is given. */
export const DEFAULT_CONNECTION_SIZE = 50;

/**
 * Paging arguments of the list connections, as Relay has them: `first`/`after` pages forward,
 * `last`/`before` backward, `offset` skips rows (index paging, forward only).
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size counted forward, at most 1000; ${DEFAULT_CONNECTION_SIZE} when neither first nor last is given.` })
  first?: number | null;
  @Field(() => Int, { nullable: true, description: 'Page size counted backward from the end, or from before; not with first.' })
  last?: number | null;
  @Field(() => String, { nullable: true, description: 'endCursor of the previous page: the page starts after it.' })
  after?: string | null;
  @Field(() => String, { nullable: true, description: 'startCursor of the next page: the page ends before it.' })
  before?: string | null;
  @Field(() => Int, { nullable: true, description: 'Rows to skip (index paging); not combined with after, before or last.' })
  offset?: number | null;
}

/** The domain's page request for connection arguments, with the default page size applied. */
export function pageRequestOf(args: PageArgs) {
  return {
    first: args.first ?? (args.last == null ? DEFAULT_CONNECTION_SIZE : null),
    last: args.last,
    after: args.after,
    before: args.before,
    offset: args.offset,
  };
}

/** What every connection holds besides its fields: the page, whose total is counted on demand. */
export interface ConnectionSource {
  countTotal: () => Promise<number>;
}

/**
 * The base of a connection type `{ totalCount, nodes, pageInfo }` over `nodeType`; declare
 * `@ObjectType('UserConnection', { simpleResolvers: true }) class UserConnection extends Connection(UserType) {}`.
 * `totalCount` runs its COUNT query only when a client selects it.
 */
export function Connection<TNode extends object>(nodeType: ClassType<TNode>) {
  @ObjectType({ simpleResolvers: true })
  abstract class ConnectionBase implements ConnectionSource {
    @Field(() => [nodeType]) nodes!: TNode[];
    @Field(() => PageInfoType) pageInfo!: PageInfoType;
    countTotal!: () => Promise<number>;

    @Field(() => Int, { description: 'Nodes matching the filter, on every page together.' })
    totalCount(): Promise<number> {
      return this.countTotal();
    }
  }
  return ConnectionBase;
}

/** Builds a connection object from a domain page, mapping each entity to its GraphQL type. */
export function toConnection<TEntity, TNode extends object, TConnection extends { nodes: TNode[]; pageInfo: PageInfoType } & ConnectionSource>(
  type: new () => TConnection,
  page: Page<TEntity>,
  map: (entity: TEntity) => TNode,
): TConnection {
  const connection = new type();
  connection.nodes = page.nodes.map(map);
  connection.pageInfo = {
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    get startCursor() {
      return page.startCursor;
    },
    get endCursor() {
      return page.endCursor;
    },
  };
  connection.countTotal = page.totalCount;
  return connection;
}
