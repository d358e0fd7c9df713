/** The pane's agreement editor, as data: the draft, its changes, undo and redo, and what an edit does. */
export * from './draft';
export * from './operations';
export * from './readDraft';
export * from './history';
export * from './strip';
export * from './effect';
export * from './variantChanges';
export * from './choice';
