// Pure. What a supporter can say when they call a mission: in English (it is read in London), with
// their name as typed so far.
export function phoneScript(name: string, countryName: string, inBriefing: boolean): string {
  return (
    `Hello, my name is ${name.trim() || "…"}. ` +
    (inBriefing
      ? `In March 2021 Burma Campaign UK named ${countryName} among the countries involved in military ` +
        "training and/or cooperation with the Burmese military, which seized power in a coup that February. "
      : "") +
    `I am calling to ask the government of ${countryName} to end any military training and ` +
    "cooperation with the Burmese military, and to say so publicly. Please pass my message to the " +
    "ambassador. Thank you."
  );
}
