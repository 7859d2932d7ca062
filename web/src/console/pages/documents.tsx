import { useState } from 'react';
import { gql } from '../api';
import { useLoad } from '../hooks';
import { ErrorText, formatTime, Pager } from '../ui';

interface Page {
  documents: {
    totalCount: number;
    nodes: { id: string; title: string; updatedAt: string; owner: { id: string; userName: string; active: boolean } | null }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const DOCUMENTS = `query ConsoleAwaiting($after: String) {
  documents(awaitingReassignment: true, first: 50, after: $after) {
    totalCount
    nodes { id title updatedAt owner { id userName active } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Documents of deactivated users that no org admin could receive. */
export function DocumentsPage() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const page = useLoad(() => gql<Page>(DOCUMENTS, { after }), [after]);
  return (
    <>
      <p>
        When a user is deactivated, their documents go to the organization's content successor, or else to the earliest active org admin. With no
        admin to receive them they stay with the user and wait here; nothing is dropped. They go to the next user who becomes an active org admin.
      </p>
      <ErrorText error={page.error} />
      {page.data && page.data.documents.totalCount === 0 ? (
        <p role="status">No documents are waiting.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col">Owner (deactivated)</th>
                <th scope="col">Last changed</th>
              </tr>
            </thead>
            <tbody>
              {page.data?.documents.nodes.map((d) => (
                <tr key={d.id}>
                  <td>{d.title}</td>
                  <td>{d.owner ? d.owner.userName : 'deleted user'}</td>
                  <td>{formatTime(d.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager cursors={cursors} setCursors={setCursors} pageInfo={page.data?.documents.pageInfo} />
    </>
  );
}
