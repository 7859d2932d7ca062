import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { Page } from '../../domain/query/paging';

@ObjectType('PageInfo')
export class PageInfoType {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Cursor of the first node.' }) startCursor!: string | null;
  @Field(() => String, { nullable: true, description: 'Cursor of the last node: pass it as `after` for the next page.' })
  endCursor!: string | null;
}

/** What every connection holds besides its fields: the page, whose total is counted on demand. */
export interface ConnectionSource {
  countTotal: () => Promise<number>;
}

/**
 * The base of a connection type `{ totalCount, nodes, pageInfo }` over `nodeType`; declare
 * `@ObjectType('UserConnection') class UserConnection extends Connection(UserType) {}`.
 * `totalCount` runs its COUNT query only when a client selects it.
 */
export function Connection<TNode extends object>(nodeType: ClassType<TNode>) {
  @ObjectType()
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
    startCursor: page.startCursor,
    endCursor: page.endCursor,
  };
  connection.countTotal = page.totalCount;
  return connection;
}
