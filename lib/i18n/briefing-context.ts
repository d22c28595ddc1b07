// Pure. What Burma Campaign UK's briefing No. 54 (March 2021) itself says around its list, quoted
// word for word (shared/briefing), so pages can show the list with its context and its date.
export const BRIEFING_CONTEXT = {
  date: "March 2021",
  since2017:
    "With the exception of Pakistan, the countries on this list have all made agreements to continue or even " +
    "increase military training and cooperation since the genocide of the Rohingya in 2017.",
  transparency: "Not one country has been transparent on exactly what training and cooperation is taking place.",
  afterCoup:
    "Burma Campaign UK is not aware of any of these countries announcing that they will end military training " +
    "and cooperation since the coup.",
  courts:
    "The Burmese military is being investigated for crimes against humanity by the International Criminal Court. " +
    "The International Court of Justice has agreed to hear a case that Burma is in breach of its obligations " +
    "under the Genocide Convention following the Burmese military offensive against Rohingya civilians, mostly " +
    "children, in 2017.",
  unRecord:
    "For more than thirty years, the United Nations has been documenting human rights violations by the " +
    "Burmese military which break international law.",
  coup:
    "On 1st February 2021, the Burmese military held an illegal coup, overthrowing the democratically elected " +
    "government, shooting peaceful protesters on the streets and arresting and illegally detaining more than a " +
    "thousand people.",
} as const;
