import subprocess
import sys

for step in ["featurize.py", "evaluate.py"]:
    subprocess.run([sys.executable, step], check=True)
