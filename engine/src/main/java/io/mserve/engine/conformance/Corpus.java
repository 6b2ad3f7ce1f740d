package io.mserve.engine.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The conformance corpus: console examples from the q docs, one JSON object per block. */
public final class Corpus {
    /** One input and what q printed for it. */
    public record Step(String in, String out, boolean error) {}

    /** One fenced example: steps run in order in a fresh session, after the blocks it depends on. */
    public record Block(String id, String file, List<Step> steps, List<String> dependsOn) {
        /** The doc family: ref, basics, learn or kb. */
        public String family() {
            String f = file.startsWith("docs/") ? file.substring(5) : file;
            int slash = f.indexOf('/');
            return slash < 0 ? f : f.substring(0, slash);
        }
    }

    private final Map<String, Block> blocks;

    private Corpus(Map<String, Block> blocks) {
        this.blocks = blocks;
    }

    /**
     * Reads a corpus file.
     *
     * @throws IOException when the file cannot be read or a line is not a valid block
     */
    public static Corpus read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Block> blocks = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = json.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new IOException(file + ":" + number + ": not JSON: " + e.getOriginalMessage(), e);
                }
                Block block = block(node);
                if (block == null) {
                    throw new IOException(file + ":" + number + ": a block needs id, file and steps [{in, out, error}]");
                }
                blocks.put(block.id(), block);
            }
        }
        return new Corpus(blocks);
    }

    private static Block block(JsonNode node) {
        if (!node.path("id").isTextual() || !node.path("steps").isArray()) {
            return null;
        }
        List<Step> steps = new ArrayList<>();
        for (JsonNode s : node.get("steps")) {
            if (!s.path("in").isTextual() || !s.path("out").isTextual()) {
                return null;
            }
            steps.add(new Step(s.get("in").asText(), s.get("out").asText(), s.path("error").asBoolean(false)));
        }
        List<String> deps = new ArrayList<>();
        node.path("depends_on").forEach(d -> deps.add(d.asText()));
        return new Block(node.get("id").asText(), node.path("file").asText(""), steps, deps);
    }

    public List<Block> blocks() {
        return new ArrayList<>(blocks.values());
    }

    /** The block called {@code id}, or null. */
    public Block block(String id) {
        return blocks.get(id);
    }
}
