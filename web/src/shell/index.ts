export { AppShell } from './app-shell.tsx';
export { CursorPager, useCursorPages, type CursorPages } from './cursor-pager.tsx';
export { ModalDialog } from './modal-dialog.tsx';
export { NotifyProvider, useNotify, type Notify } from './notify.tsx';
export { FormProblems, fieldMessage } from './form-problems.tsx';
export { leavePageThen, useLeaveGuard } from './use-leave-guard.tsx';
export { OptionCheckboxes } from './option-checkboxes.tsx';
export { useFocusKept } from './use-focus-kept.ts';
export { PageBreadcrumb, type Crumb } from './page-breadcrumb.tsx';
