import sys
import joblib
import pandas as pd

pipe = joblib.load("models/potability.joblib")
incoming = pd.read_csv(sys.argv[1] if len(sys.argv) > 1 else "data/new_samples.csv")
incoming["potable"] = pipe.predict(incoming)
incoming.to_csv("predictions.csv", index=False)
print(incoming["potable"].value_counts())
