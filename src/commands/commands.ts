/* The ribbon button only opens the task pane (ShowTaskpane); this page exists because the
   manifest's FunctionFile must point somewhere, and it must call Office.onReady. */
Office.onReady(() => undefined);
