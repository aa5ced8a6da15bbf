package io.glutewise.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * The version {@code --version} prints: the {@code Implementation-Version} of the jar the command
 * line runs from, or a note that it runs from classes built in place.
 */
public final class ManifestVersion implements IVersionProvider {
  /** Creates the provider; picocli calls it only when {@code --version} is asked for. */
  public ManifestVersion() {}

  /** The version of the running glutewise, never null. */
  public static String current() {
    String version = ManifestVersion.class.getPackage().getImplementationVersion();
    return version == null ? "development build (no jar manifest)" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "glutewise " + current(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
    };
  }
}
