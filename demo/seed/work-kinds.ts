/** Kinds of trade work the seeded customers order, with a price range in whole dollars. */
export interface WorkKind {
  title: string;
  minAmount: number;
  maxAmount: number;
}

export const WORK_KINDS: readonly WorkKind[] = [
  { title: 'Boiler service', minAmount: 180, maxAmount: 420 },
  { title: 'Roof repair', minAmount: 650, maxAmount: 4800 },
  { title: 'Gutter cleaning', minAmount: 160, maxAmount: 480 },
  { title: 'Hot water system replacement', minAmount: 1400, maxAmount: 3600 },
  { title: 'Blocked drain', minAmount: 220, maxAmount: 900 },
  { title: 'Switchboard upgrade', minAmount: 1200, maxAmount: 2800 },
  { title: 'Air conditioner install', minAmount: 1900, maxAmount: 5200 },
  { title: 'Air conditioner service', minAmount: 150, maxAmount: 380 },
  { title: 'Deck sanding and oiling', minAmount: 700, maxAmount: 2400 },
  { title: 'Fence repair', minAmount: 300, maxAmount: 1800 },
  { title: 'Bathroom renovation', minAmount: 9000, maxAmount: 28000 },
  { title: 'Kitchen tap replacement', minAmount: 180, maxAmount: 520 },
  { title: 'Smoke alarm check', minAmount: 90, maxAmount: 240 },
  { title: 'Solar panel cleaning', minAmount: 200, maxAmount: 550 },
  { title: 'Tree pruning', minAmount: 350, maxAmount: 1900 },
  { title: 'Pest inspection', minAmount: 180, maxAmount: 420 },
  { title: 'Carpet cleaning', minAmount: 160, maxAmount: 700 },
  { title: 'Interior painting', minAmount: 1500, maxAmount: 8500 },
  { title: 'Garage door repair', minAmount: 220, maxAmount: 1100 },
];
