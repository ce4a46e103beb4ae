import { redirect } from "next/navigation";

// The portal's home is the Bundles worklist; the proxy has already sent anonymous users to /login.
export default function Home() {
  redirect("/bundles");
}
