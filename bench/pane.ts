/** Time from navigation to an interactive task pane in the browser preview (filled in with issue 4). */
export async function paneLoad(root: string): Promise<number | null> {
  void root;
  return null;
}
