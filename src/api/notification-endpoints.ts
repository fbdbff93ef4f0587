import { endpoint } from './endpoint-def';
import {
  DeliveryHealth,
  NotificationDetail,
  NotificationList,
  NotificationPage,
  NotificationParams,
  NotificationProfileParams,
  NotificationQuery,
  OrderNotificationParams,
  ResendFailedRequest,
  ResendFailedResult,
} from './notifications';

/**
 * The delivery log of result notifications, spread into the endpoint table. Import `endpoints`
 * from './endpoints', not this file: the table is built there.
 */
export const notificationEndpoints = {
  listNotifications: endpoint({
    method: 'GET',
    path: '/profiles/{profileId}/notifications',
    summary: 'Result notifications sent to the shop, newest first, with every delivery attempt; filtered and paged',
    right: 'notifications',
    params: NotificationProfileParams,
    query: NotificationQuery,
    response: NotificationPage,
    errors: [401, 403, 404, 422],
  }),
  notificationHealth: endpoint({
    method: 'GET',
    path: '/profiles/{profileId}/notifications/health',
    summary: 'Whether deliveries to the shop keep failing (the cabinet warns while they do)',
    right: 'notifications',
    params: NotificationProfileParams,
    response: DeliveryHealth,
    errors: [401, 403, 404],
  }),
  sendTestNotification: endpoint({
    method: 'POST',
    path: '/profiles/{profileId}/notifications/test',
    summary: 'Sends a test notification with the current settings; answers after the first attempt',
    right: 'notifications',
    params: NotificationProfileParams,
    response: NotificationDetail,
    errors: [401, 403, 404, 409],
  }),
  resendFailedNotifications: endpoint({
    method: 'POST',
    path: '/profiles/{profileId}/notifications/resend-failed',
    summary: 'Sends again every notification of the period that was not delivered',
    right: 'notifications',
    params: NotificationProfileParams,
    body: ResendFailedRequest,
    response: ResendFailedResult,
    errors: [401, 403, 404, 422],
  }),
  resendNotification: endpoint({
    method: 'POST',
    path: '/profiles/{profileId}/notifications/{notificationId}/resend',
    summary: 'Sends one notification again now (a new round of attempts); answers after the attempt',
    right: 'notifications',
    params: NotificationParams,
    response: NotificationDetail,
    errors: [401, 403, 404],
  }),
  orderNotifications: endpoint({
    method: 'GET',
    path: '/profiles/{profileId}/orders/{billnumber}/notifications',
    summary: 'The result notifications of one order, oldest first, with their attempts',
    right: 'notifications',
    params: OrderNotificationParams,
    response: NotificationList,
    errors: [401, 403, 404, 422],
  }),
};
