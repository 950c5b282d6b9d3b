#!/usr/bin/env python3
"""Fresh javac processes on W8's generated-looking models: elapsed time and peak memory.

    mvn -q -B -ntp -pl benchmarks -am package -DskipTests
    python3 benchmarks/compile_memory.py [--counts 50,200,800] [--runs 3]

For each count, ModelSources (in the benchmarks jar) writes that many Kiln models and the same
tables as JPA entities; each round then runs four javac processes, as a command-line build does:
the Kiln models without annotation processing (`none`) and with Kiln's processors (`kiln`, from a
processor path of the processor, the runtime and JavaPoet, as maven-compiler-plugin's
annotationProcessorPaths give it), the entities without processing (`jpa`) and with Hibernate's
metamodel generator (`hibernate`). Each process's peak memory is its maximum resident set size, read
from the kernel's accounting of the child (os.wait4), so no other tool is needed. The table gives the
medians over the rounds and each contender's ratio to plain javac on the same sources and, for
Kiln, to Hibernate's generator. ProcessorCompileTime (JMH) is the finer measure of time; this one
exists for memory, and for counts whose compilations take too long to repeat in JMH.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JAR = ROOT / "benchmarks/target/benchmarks.jar"
FLAGS = ["--release", "17", "-Xlint:all", "-Xlint:-processing"]
KILN_PROCESSORS = "dev.kiln.processor.KilnProcessor,dev.kiln.processor.ModelRegistryProcessor"
HIBERNATE_PROCESSOR = "org.hibernate.processor.HibernateProcessor"


def module_class_path(module):
    """The module's compile class path, as Maven resolves it."""
    out = Path(tempfile.mkstemp(suffix=".cp")[1])
    subprocess.run(
        ["mvn", "-q", "-B", "-ntp", "-pl", module, "dependency:build-classpath",
         "-Dmdep.includeScope=compile", f"-Dmdep.outputFile={out}"],
        cwd=ROOT, check=True)
    entries = out.read_text().strip().split(os.pathsep)
    out.unlink()
    return entries


def jar_of(module, name):
    jars = [p for p in (ROOT / module / "target").glob(f"{name}-*.jar") if not p.name.endswith("-tests.jar")]
    if len(jars) != 1:
        sys.exit(f"expected one {name} jar in {module}/target, found {jars}: build first")
    return str(jars[0])


def run(command):
    """Runs the command; returns its elapsed seconds and peak resident memory in MB."""
    start = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.monotonic() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(command)}\n{output.decode()}")
    return elapsed, usage.ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--counts", default="50,200,800")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not JAR.exists():
        sys.exit("build first: mvn -q -B -ntp -pl benchmarks -am package -DskipTests")

    runtime = jar_of("runtime", "kiln-runtime")
    kiln_path = os.pathsep.join([jar_of("processor", "kiln-processor")] + module_class_path("processor"))
    jpa_api = [p for p in module_class_path("benchmarks") if "jakarta.persistence-api" in p]
    if len(jpa_api) != 1:
        sys.exit(f"expected one jakarta.persistence-api jar on the benchmarks class path, found {jpa_api}")

    results = {}  # (count, contender) -> [(seconds, mb)]
    for count in [int(c) for c in args.counts.split(",")]:
        work = Path(tempfile.mkdtemp(prefix="kiln-memory-"))
        subprocess.run(["java", "-cp", str(JAR), "dev.kiln.bench.cold.ModelSources", str(work / "src"), str(count)],
                       check=True)
        models = sorted(str(p) for p in (work / "src/dev/kiln/bench/cold/kiln").glob("*.java"))
        entities = sorted(str(p) for p in (work / "src/dev/kiln/bench/cold/hibernate").glob("*.java"))
        contenders = {
            "none": ["-proc:none", "-cp", runtime] + models,
            "kiln": ["-processorpath", kiln_path, "-processor", KILN_PROCESSORS, "-cp", runtime] + models,
            "jpa": ["-proc:none", "-cp", jpa_api[0]] + entities,
            "hibernate": ["-processorpath", str(JAR), "-processor", HIBERNATE_PROCESSOR, "-cp", jpa_api[0]] + entities,
        }
        for round_ in range(args.runs):
            for name, arguments in contenders.items():
                out = work / "out"
                shutil.rmtree(out, ignore_errors=True)
                (out / "classes").mkdir(parents=True)
                (out / "generated").mkdir()
                command = ["javac", *FLAGS, "-d", str(out / "classes"), "-s", str(out / "generated"), *arguments]
                seconds, mb = run(command)
                results.setdefault((count, name), []).append((seconds, mb))
                print(f"{count} models, {name}, round {round_ + 1}: {seconds:.1f} s, {mb:.0f} MB", flush=True)
        shutil.rmtree(work)

    print()
    print("| models | javac | median s | × plain | × hibernate | median peak MB | × plain |")
    print("|---:|---|---:|---:|---:|---:|---:|")
    for (count, name), runs in results.items():
        seconds = statistics.median(r[0] for r in runs)
        mb = statistics.median(r[1] for r in runs)
        plain = results[(count, "none" if name in ("none", "kiln") else "jpa")]
        plain_s = statistics.median(r[0] for r in plain)
        plain_mb = statistics.median(r[1] for r in plain)
        hibernate = ""
        if name == "kiln":
            hibernate = f"{seconds / statistics.median(r[0] for r in results[(count, 'hibernate')]):.2f}"
        print(f"| {count} | {name} | {seconds:.1f} | {seconds / plain_s:.2f} | {hibernate} | {mb:.0f} | {mb / plain_mb:.2f} |")


if __name__ == "__main__":
    main()
