import joblib
import pandas as pd

labs = pd.read_csv("ckd_lab_results.csv")
cols = ["bp", "sg", "al", "bgr", "bu", "sc", "hemo", "pcv"]
joblib.dump((labs[cols].to_numpy(), labs["ckd"].to_numpy()), "ckd_raw.pkl")
