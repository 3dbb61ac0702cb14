package io.textmend.mojibake;

/** Prints the candidate repairs of each argument and the fixed text: a diagnosis aid. */
public final class MojibakeDebug {

    private MojibakeDebug() {
    }

    public static void main(String[] args) {
        for (String a : args) {
            System.out.println("IN  " + a);
            for (Candidate c : EncodingRepair.candidates(a)) {
                System.out.printf("  [%d,%d) %s -> %s gain=%.2f %s%s%n", c.start(), c.end(),
                        a.substring(c.start(), c.end()), c.replacement(), c.gain(), c.detail(), c.lossy() ? " lossy" : "");
            }
            System.out.print(LegacyPage.explain(a));
            System.out.println("OUT " + MojibakeFixer.repairOnly().fixText(a));
        }
    }
}
