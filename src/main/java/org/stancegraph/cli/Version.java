package org.stancegraph.cli;

import picocli.CommandLine.IVersionProvider;

/** The version, from the jar manifest when there is one. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = App.class.getPackage().getImplementationVersion();
        return new String[] {"stancegraph " + (version == null ? "(development build)" : version)};
    }
}
