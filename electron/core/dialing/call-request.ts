/** CreateCallRequest with exactly the fields softdial sets, as the Genesys Cloud API documents them. */
export interface CreateCallRequest {
  phoneNumber: string;
  callerId?: string;
  callerIdName?: string;
  callFromQueueId?: string;
}

/** Caller ID and queue choices for one call. */
export interface CallOptions {
  callerId?: string | undefined;
  callerIdName?: string | undefined;
  callFromQueueId?: string | undefined;
}

/** The request body for a number in E.164: the flat phoneNumber, never the tutorial's type/from/to. */
export function createCallRequest(e164: string, options: CallOptions): CreateCallRequest {
  return {
    phoneNumber: e164,
    ...(options.callerId ? { callerId: options.callerId } : {}),
    ...(options.callerIdName ? { callerIdName: options.callerIdName } : {}),
    ...(options.callFromQueueId ? { callFromQueueId: options.callFromQueueId } : {}),
  };
}
