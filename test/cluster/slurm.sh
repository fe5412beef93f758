#!/usr/bin/env bash
# Proof on a real Slurm: install Slurm and MUNGE from Debian's packages if missing, start a one-node
# cluster on this machine (munged, slurmctld, slurmd), submit test/cluster/sweep.json as an array job of
# 4 tasks (one shard each), wait, merge the shards and check that the merged files equal a
# single-process run byte for byte; then the same for the calibration of four small authorities
# (handover calibrate --authorities) as a 4-task array. Needs root (apt-get and the daemons). Stops the daemons it started
# by their PIDs, whatever happens. Runs in well under a minute once the packages are installed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
handover=(node "$root/bin/handover.js")
sweep="$root/test/cluster/sweep.json"
tasks=4

as_root=()
if [ "$(id -u)" -ne 0 ]; then as_root=(sudo); fi
if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends slurm-wlm munge
fi

work="$(mktemp -d /tmp/handover-slurm.XXXXXX)"
chmod 755 "$work"
pids=()
stop() {
  for pid in "${pids[@]}"; do "${as_root[@]}" kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do "${as_root[@]}" kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  done
  rm -rf "$work"
}
trap stop EXIT

# MUNGE: the package makes a key; start our own daemon on our own socket, so an existing one is untouched.
if [ ! -s /etc/munge/munge.key ]; then "${as_root[@]}" mungekey --create; fi
socket="$work/munge.socket"
"${as_root[@]}" munged --force --socket="$socket" --pid-file="$work/munged.pid" --log-file="$work/munged.log" --seed-file="$work/munged.seed"
for _ in $(seq 50); do [ -s "$work/munged.pid" ] && break; sleep 0.1; done
pids+=("$(cat "$work/munged.pid")")

host="$(hostname -s)"
cpus="$(nproc)"
mkdir -p "$work/state" "$work/spool" "$work/out"
cat > "$work/slurm.conf" <<CONF
ClusterName=handover-test
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
AuthType=auth/munge
AuthInfo=socket=$socket
CredType=cred/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
MpiDefault=none
ReturnToService=2
SlurmctldPort=6817
SlurmdPort=6818
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=main Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$work/slurm.conf"

"${as_root[@]}" env SLURM_CONF="$SLURM_CONF" slurmctld -D -i >"$work/slurmctld.out" 2>&1 &
pids+=("$!")
"${as_root[@]}" env SLURM_CONF="$SLURM_CONF" slurmd -D >"$work/slurmd.out" 2>&1 &
pids+=("$!")
ready=""
for _ in $(seq 100); do
  if sinfo -h -N -o '%T' 2>/dev/null | grep -Eq '^(idle|mixed|allocated)'; then ready=1; break; fi
  sleep 0.2
done
if [ -z "$ready" ]; then
  echo "slurm.sh: the node never became idle" >&2
  tail -n 20 "$work"/*.log "$work"/*.out >&2 || true
  exit 1
fi

# The array job: shard K of N comes from SLURM_ARRAY_TASK_ID/COUNT/MIN (ids 1–4 test the MIN offset).
cat > "$work/array.sh" <<JOB
#!/usr/bin/env bash
#SBATCH --job-name=handover-sweep
#SBATCH --array=1-$tasks
#SBATCH --cpus-per-task=1
#SBATCH --output=$work/out/task-%a.log
${handover[*]} sweep "$sweep" --out "$work/shards/\$SLURM_ARRAY_TASK_ID" --jobs 1
JOB
(cd "$work" && sbatch --wait "$work/array.sh")
for k in $(seq "$tasks"); do
  if [ ! -f "$work/shards/$k/manifest.json" ]; then
    echo "slurm.sh: array task $k wrote nothing; its log:" >&2
    cat "$work/out/task-$k.log" >&2 || true
    exit 1
  fi
done

"${handover[@]}" merge "$work"/shards/* --out "$work/merged"
"${handover[@]}" sweep "$sweep" --out "$work/single" --jobs 1 --quiet
for file in runs.csv summary.csv; do cmp "$work/single/$file" "$work/merged/$file"; done
diff -r "$work/single/runs" "$work/merged/runs"
echo "slurm.sh: ok — a $tasks-task Slurm array merged to the same bytes as one process ($(($(wc -l < "$work/merged/runs.csv") - 1)) runs)"

# The calibration of every authority, at small size: four small authorities as a 4-task array writing
# into one folder (the shard again from Slurm's variables), against one process.
codes=E09000001,E06000017,E06000053,E06000005
small=(--replications 1 --check-replications 2 --years 1 --max-evaluations 2 --jobs 1 --quiet)
cat > "$work/authorities.sh" <<JOB
#!/usr/bin/env bash
#SBATCH --job-name=handover-authorities
#SBATCH --array=1-$tasks
#SBATCH --cpus-per-task=1
#SBATCH --output=$work/out/authorities-%a.log
${handover[*]} calibrate --authorities $codes --out "$work/fits" ${small[*]}
JOB
(cd "$work" && sbatch --wait "$work/authorities.sh")
"${handover[@]}" calibrate --authorities "$codes" --out "$work/fits-single" "${small[@]}" >/dev/null
diff -r "$work/fits-single" "$work/fits"
echo "slurm.sh: ok — the calibration of $(ls "$work/fits" | wc -l) authorities as a $tasks-task Slurm array wrote the same files as one process"
