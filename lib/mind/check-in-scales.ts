/**
 * The check-in's 1–5 scales with a word (and a face, read aloud as the word) for every point, so a tap
 * is enough and nobody has to interpret a bare number. Stress runs the other way: 5 is the most stress.
 */
export type CheckInScale = "mood" | "energy" | "stress" | "sleepQuality";
export type ScalePoint = { value: 1 | 2 | 3 | 4 | 5; word: string; face: string };

export const checkInScales: Record<CheckInScale, { label: string; question: string; points: readonly ScalePoint[] }> = {
  mood: {
    label: "Mood",
    question: "How is your mood?",
    points: [
      { value: 1, word: "Very low", face: "😞" },
      { value: 2, word: "Low", face: "🙁" },
      { value: 3, word: "Okay", face: "😐" },
      { value: 4, word: "Good", face: "🙂" },
      { value: 5, word: "Great", face: "😄" },
    ],
  },
  energy: {
    label: "Energy",
    question: "How is your energy?",
    points: [
      { value: 1, word: "Drained", face: "🪫" },
      { value: 2, word: "Low", face: "😴" },
      { value: 3, word: "Okay", face: "😐" },
      { value: 4, word: "Good", face: "🙂" },
      { value: 5, word: "Full", face: "⚡" },
    ],
  },
  stress: {
    label: "Stress",
    question: "How stressed are you?",
    points: [
      { value: 1, word: "Calm", face: "😌" },
      { value: 2, word: "A little", face: "🙂" },
      { value: 3, word: "Some", face: "😐" },
      { value: 4, word: "High", face: "😣" },
      { value: 5, word: "Very high", face: "😫" },
    ],
  },
  sleepQuality: {
    label: "Sleep quality",
    question: "How well did you sleep?",
    points: [
      { value: 1, word: "Very poorly", face: "😫" },
      { value: 2, word: "Poorly", face: "🙁" },
      { value: 3, word: "Okay", face: "😐" },
      { value: 4, word: "Well", face: "🙂" },
      { value: 5, word: "Very well", face: "😴" },
    ],
  },
};

export const checkInScaleOrder: readonly CheckInScale[] = ["mood", "energy", "stress", "sleepQuality"];

export const scaleWord = (scale: CheckInScale, value: number): string => checkInScales[scale].points.find((point) => point.value === value)?.word ?? String(value);

/** "7 h 30 min" for 7.5 hours. */
export function sleepHoursLabel(hours: number): string {
  const whole = Math.floor(hours);
  const minutes = Math.round((hours - whole) * 60);
  return minutes === 0 ? `${whole} h` : `${whole} h ${minutes} min`;
}
