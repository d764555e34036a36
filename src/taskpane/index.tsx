// Placeholder entry of the task pane bundle; replaced by the task pane work (App inside FluentProvider).
export {};
