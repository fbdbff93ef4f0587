import type { Endpoints } from '@/api/endpoints';
import type { Actor } from '../gateway/operations';
import { clientIp } from './client-ip';
import type { ResolverContext, Resolver } from './resolver';

type ActionEndpoint = Endpoints['confirmOrder'] | Endpoints['cancelOrder'];

/** The performing user as the operation and the audit log record them. */
function actorOf({ user, request }: ResolverContext<ActionEndpoint>): Actor {
  return { user: user.login, ip: clientIp(request) };
}

export const confirmOrder: Resolver<Endpoints['confirmOrder']> = (context) =>
  context.gateway.confirm(
    context.params.profileId,
    context.params.billnumber,
    context.body,
    actorOf(context),
    context.headers['idempotency-key'],
  );

export const cancelOrder: Resolver<Endpoints['cancelOrder']> = (context) =>
  context.gateway.cancel(
    context.params.profileId,
    context.params.billnumber,
    context.body,
    actorOf(context),
    context.headers['idempotency-key'],
  );
