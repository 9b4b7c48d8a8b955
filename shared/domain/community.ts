import { z } from 'zod';

/** The municipalities of the programme, plus any other. */
export const municipalities = ['marupe', 'olaine', 'kekava', 'other'] as const;
export type Municipality = (typeof municipalities)[number];

export const communityLimits = {
  name: 120,
  neighbourhood: 120,
  description: 4000,
} as const;

/** A community's profile: what the workbook picker shows and edits. */
export const communityProfileSchema = z.object({
  name: z.string().trim().min(1).max(communityLimits.name),
  municipality: z.enum(municipalities),
  neighbourhood: z.string().trim().max(communityLimits.neighbourhood),
  description: z.string().trim().max(communityLimits.description),
});
export type CommunityProfile = z.infer<typeof communityProfileSchema>;

/** What a new-workbook form starts with. */
export const emptyCommunityProfile: CommunityProfile = {
  name: '',
  municipality: 'marupe',
  neighbourhood: '',
  description: '',
};

/**
 * Reads a stored or synced profile leniently: a document that does not fit
 * is shown with what can be read instead of breaking the picker.
 */
export function readCommunityProfile(data: unknown): CommunityProfile {
  const parsed = communityProfileSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const raw = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const text = (value: unknown, max: number) =>
    typeof value === 'string' ? value.slice(0, max) : '';
  const municipality = municipalities.find((m) => m === raw.municipality) ?? 'other';
  return {
    name: text(raw.name, communityLimits.name),
    municipality,
    neighbourhood: text(raw.neighbourhood, communityLimits.neighbourhood),
    description: text(raw.description, communityLimits.description),
  };
}
