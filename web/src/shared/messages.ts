/** What both pages say when the browser cannot reach the server at all (fetch rejected). */
export const UNREACHABLE = 'Cannot reach the scimgraph server. Check that it is running, then retry.';
