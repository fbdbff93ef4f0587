import type { Endpoints } from '@/api/endpoints';
import type { Resolver } from './resolver';

/*
 * The delivery log. Reading it also sets off the attempts that fell due on the gateway's clock,
 * without waiting for them, so a silent shop never slows the page down.
 */

export const listNotifications: Resolver<Endpoints['listNotifications']> = ({ gateway, params, query }) => {
  void gateway.notifications.processDue();
  return gateway.notifications.list(params.profileId, query);
};

export const notificationHealth: Resolver<Endpoints['notificationHealth']> = ({ gateway, params }) => {
  void gateway.notifications.processDue();
  return gateway.notifications.health(params.profileId);
};

export const orderNotifications: Resolver<Endpoints['orderNotifications']> = ({ gateway, params }) => {
  gateway.getOrder(params.profileId, params.billnumber);
  void gateway.notifications.processDue();
  return { items: gateway.notifications.ofOrder(params.profileId, params.billnumber) };
};

export const sendTestNotification: Resolver<Endpoints['sendTestNotification']> = ({ gateway, params }) =>
  gateway.notifications.sendTest(params.profileId);

export const resendNotification: Resolver<Endpoints['resendNotification']> = ({ gateway, params }) =>
  gateway.notifications.resend(params.profileId, params.notificationId);

export const resendFailedNotifications: Resolver<Endpoints['resendFailedNotifications']> = ({
  gateway,
  params,
  body,
}) => gateway.notifications.resendFailed(params.profileId, body);
