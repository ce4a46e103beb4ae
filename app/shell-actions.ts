import type { ShellActions } from "@/components/app-shell";
import { signOutAction, switchAccountFormAction } from "./(portal)/actions";
import { changeModeAction, stopImpersonationAction } from "./(support)/support/actions";

/** The server actions every signed-in page's frame offers, handed to the components as props. */
export const SHELL_ACTIONS: ShellActions = {
  signOut: signOutAction,
  switchAccount: switchAccountFormAction,
  impersonation: { stop: stopImpersonationAction, changeMode: changeModeAction },
};
