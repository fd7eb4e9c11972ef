import subprocess

for step in ("steps/etl.py", "steps/train.py"):
    subprocess.run(["python", step], check=True)
