import { notFound } from "../errors";
import { created, ok, resourcePath, type Handler } from "../http/context";
import { numbersPage } from "../http/paging";
import { rc } from "../http/urls";
import { runEvaluation } from "../run-evaluation";
import { evaluationJson } from "../serialize/numbers";
import { findBundle } from "./lookup";

export const createEvaluation: Handler = (ctx) =>
  created(evaluationJson(runEvaluation(ctx.store, findBundle(ctx, ctx.params.BundleSid!))));

export const listEvaluations: Handler = (ctx) => {
  const bundle = findBundle(ctx, ctx.params.BundleSid!);
  const rows = ctx.store.evaluations.by(bundle.sid).sort((a, b) => b.date_created - a.date_created);
  return ok(
    numbersPage(ctx.req, rows, "results", rc(`/Bundles/${bundle.sid}/Evaluations`), evaluationJson),
  );
};

export const fetchEvaluation: Handler = (ctx) => {
  const bundle = findBundle(ctx, ctx.params.BundleSid!);
  const evaluation = ctx.store.evaluations.get(ctx.params.Sid!);
  if (!evaluation || evaluation.bundle_sid !== bundle.sid) throw notFound(resourcePath(ctx));
  return ok(evaluationJson(evaluation));
};
