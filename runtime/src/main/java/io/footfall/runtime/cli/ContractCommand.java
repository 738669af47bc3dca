package io.footfall.runtime.cli;

import java.util.List;

/**
 * The subcommands CONTRACT.md section 5 promises, in the order {@code --help} lists them, with the
 * issue that delivers each. A command no module provides yet answers with {@link PendingCommand}.
 */
public enum ContractCommand {
    STUDIO("studio", "The desktop studio; with no argument, the bundled demo mall and pipeline.", 10),
    SIMULATE("simulate", "Simulate shoppers, phones and sensors on a floorplan; write or publish sightings.", 5),
    ANALYZE("analyze", "Run the bundled standard foot-traffic pipeline on a sightings file.", 6),
    RUN("run", "Run a pipeline headless until its origins end.", 4),
    VALIDATE("validate", "Validate a pipeline; exit 0, or every problem on its own line.", 4),
    PREVIEW("preview", "Each stage's output for the first N records, without writing.", 4),
    EVALUATE("evaluate", "Score analytics results against the simulator's ground truth.", 6),
    SERVE("serve", "The pipeline server (HTTP/JSON).", 11),
    EXPORT("export", "Send a pipeline to a pipeline server.", 11),
    SUBMIT("submit", "Run a pipeline as an application on a Spark cluster.", 8),
    CLUSTER("cluster", "Start or stop a local standalone Spark master and worker.", 8),
    BROKER("broker", "The embedded MQTT broker on its own.", 7);

    private final String commandName;
    private final String summary;
    private final int issue;

    ContractCommand(String commandName, String summary, int issue) {
        this.commandName = commandName;
        this.summary = summary;
        this.issue = issue;
    }

    public String commandName() {
        return commandName;
    }

    public String summary() {
        return summary;
    }

    public int issue() {
        return issue;
    }

    public static List<ContractCommand> inHelpOrder() {
        return List.of(values());
    }
}
