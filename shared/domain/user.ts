import { z } from 'zod';

/** The roles of the programme (DESIGN.md, "People"). */
export const userRoles = ['leader', 'mentor', 'coordinator'] as const;
export type UserRole = (typeof userRoles)[number];

/**
 * Who uses this device, as comments and actions name them. Set in
 * Settings; once signed in to the server, the server's account is used.
 */
export const currentUserSchema = z.object({
  name: z.string().trim().max(120),
  role: z.enum(userRoles),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

export const defaultCurrentUser: CurrentUser = { name: '', role: 'leader' };

export function readCurrentUser(value: unknown): CurrentUser {
  const parsed = currentUserSchema.safeParse(value);
  return parsed.success ? parsed.data : defaultCurrentUser;
}
