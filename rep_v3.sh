export PYTHONPATH=/tmp/events90/v3src
for t in haiti_bbc H1N1_guardian; do nice /work/main/.venv/bin/python /tmp/events90/replay.py /tmp/events83/$t.db /tmp/events90/$t.v3.json; done
for t in bpoil_bbc H1N1_bbc; do nice /work/main/.venv/bin/python /tmp/events90/replay.py /tmp/base23/$t.db /tmp/events90/$t.v3.json; done
echo ok
