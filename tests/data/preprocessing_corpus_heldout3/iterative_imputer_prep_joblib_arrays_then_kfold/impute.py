import joblib
import pandas as pd
from sklearn.experimental import enable_iterative_imputer  # noqa: F401
from sklearn.impute import IterativeImputer

labs = pd.read_csv("ckd_lab_results.csv")
cols = ["bp", "sg", "al", "bgr", "bu", "sc", "hemo", "pcv"]
filled = IterativeImputer(random_state=0, max_iter=20).fit_transform(labs[cols])
joblib.dump((filled, labs["ckd"].to_numpy()), "ckd_filled.pkl")
