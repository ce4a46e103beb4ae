/** Notifications (issue 13): contacts, notices queued once per event, sent by jobs, with history. */
export * from "./contacts";
export * from "./history";
export { queueNewDeadlineNotices, sendDueReminders, type ReminderRun } from "./deadlines";
export { noticeSupportEnded, noticeSupportStarted, queueRequestNotices } from "./events";
export { dispatchNotices, notify, queueNotices, redispatchStuckNotices } from "./queue";
export { MAX_SEND_ATTEMPTS, sendNotice, type SendOutcome } from "./send";
export { idFromLink } from "./links";
