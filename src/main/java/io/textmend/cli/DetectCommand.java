package io.textmend.cli;

import io.textmend.Change;
import io.textmend.boilerplate.BoilerplateRemover;
import io.textmend.boilerplate.StripResult;
import io.textmend.encoding.DecodedText;
import io.textmend.encoding.EncodingDetector;
import io.textmend.encoding.EncodingOptions;
import io.textmend.mojibake.FixResult;
import io.textmend.mojibake.MojibakeFixer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;

/** {@code textmend detect}: changes nothing; one JSON line per input about what it holds. */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = {"Change nothing; print one JSON line per input: path, encoding, confidence, source,",
            "mojibake (kinds, count, examples) and boilerplate (blocks, rule names)."})
final class DetectCommand extends AbstractCommand {

    private static final int EXAMPLES = 3;

    @Override
    boolean writesOutputs() {
        return false;
    }

    @Override
    Output process(byte[] bytes, Input in) {
        DecodedText d = new EncodingDetector(EncodingOptions.defaults().withGivenCharset(charset)).decode(bytes);
        String line = describe(in.display(), d, MojibakeFixer.repairOnly().fix(d.text()),
                BoilerplateRemover.defaults().strip(d.text()));
        try {
            console.out().write((line + "\n").getBytes(StandardCharsets.UTF_8));
            console.out().flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Output(new byte[0], List.of(), false);
    }

    static String describe(String path, DecodedText d, FixResult fix, StripResult strip) {
        Set<String> kinds = new LinkedHashSet<>();
        for (Change c : fix.changes()) {
            kinds.add(c.detail().isEmpty() ? c.rule() : c.detail());
        }
        Map<String, Integer> rules = new LinkedHashMap<>();
        for (Change c : strip.changes()) {
            rules.merge(c.rule(), 1, Integer::sum);
        }
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("path", path);
            g.writeStringField("encoding", d.charset());
            g.writeNumberField("confidence", Math.round(d.confidence() * 1000) / 1000.0);
            g.writeStringField("source", d.source().label());
            g.writeObjectFieldStart("mojibake");
            g.writeArrayFieldStart("kinds");
            for (String k : kinds) {
                g.writeString(k);
            }
            g.writeEndArray();
            g.writeNumberField("count", fix.changes().size());
            g.writeArrayFieldStart("examples");
            for (Change c : fix.changes().subList(0, Math.min(EXAMPLES, fix.changes().size()))) {
                g.writeStartObject();
                g.writeStringField("before", c.before());
                g.writeStringField("after", c.after());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("boilerplate");
            g.writeNumberField("blocks", strip.blocks());
            g.writeNumberField("removed", strip.removedBlocks());
            g.writeObjectFieldStart("rules");
            for (Map.Entry<String, Integer> e : rules.entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    @Override
    String processField(String value, List<Change> changes) {
        return value;
    }
}
