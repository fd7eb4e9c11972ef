import subprocess
import sys

subprocess.run([sys.executable, "featurize.py", "--out", "build/features.parquet"], check=True)
subprocess.run([sys.executable, "fit.py", "--features", "build/features.parquet"], check=True)
