import type { AgentIdentity } from '../core/agent/agent-identity.js';
import type { CallProgress } from '../core/dialing/call-progress.js';
import type { DialFailure, PlacedCall, SeenReading } from '../core/dialing/dialer.js';
import type { ParsedPhone, PhoneResult } from '../core/phone/types.js';
import type { DoctorReport } from '../core/diagnostics/doctor.js';
import type { QueueChoice } from '../core/agent/queues.js';
import type { CoreStatus } from '../core/connection/core-status.js';
import type { ResolvedSettings } from '../core/settings/settings-store.js';
import type { DialSource } from '../shared/closed-sets.js';
import type { ExplainedError } from '../shared/explained-error.js';
import type { Equals, Wire } from './equals.js';
import type {
  AgentIdentitySchema,
  CallProgressSchema,
  DialFailureSchema,
  DialSourceSchema,
  DoctorReportSchema,
  ExplainedErrorSchema,
  ParsedPhoneSchema,
  PhoneResultSchema,
  PlacedCallSchema,
  QueueChoicesSchema,
  SeenReadingSchema,
  SettingsValuesSchema,
  SettingsViewSchema,
  StatusSchema,
} from './schemas.js';

// Compile-time proof that every core type crossing the wire is exactly what its schema lets through:
// a field, an optional mark or a union member that drifts on either side makes one of these false, and
// assigning `true` to it stops the build.
export const contractProofs: [
  Equals<ExplainedError, Wire<typeof ExplainedErrorSchema>>,
  Equals<AgentIdentity, Wire<typeof AgentIdentitySchema>>,
  Equals<PhoneResult, Wire<typeof PhoneResultSchema>>,
  Equals<ParsedPhone, Wire<typeof ParsedPhoneSchema>>,
  Equals<CallProgress, Wire<typeof CallProgressSchema>>,
  Equals<CoreStatus, Wire<typeof StatusSchema>>,
  Equals<PlacedCall, Wire<typeof PlacedCallSchema>>,
  Equals<DialFailure, Wire<typeof DialFailureSchema>>,
  Equals<DialSource, Wire<typeof DialSourceSchema>>,
  Equals<ResolvedSettings['values'], Wire<typeof SettingsValuesSchema>>,
  Equals<Pick<ResolvedSettings, 'sources' | 'locked'>, Pick<Wire<typeof SettingsViewSchema>, 'sources' | 'locked'>>,
  Equals<DoctorReport, Wire<typeof DoctorReportSchema>>,
  Equals<QueueChoice[], Wire<typeof QueueChoicesSchema>>,
  Equals<SeenReading, Wire<typeof SeenReadingSchema>>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true];
