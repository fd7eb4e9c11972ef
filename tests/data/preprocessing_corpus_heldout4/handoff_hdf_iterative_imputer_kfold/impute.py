import pandas as pd
from sklearn.experimental import enable_iterative_imputer  # noqa: F401
from sklearn.impute import IterativeImputer

labs = pd.read_csv("raw/mimic_lab_panel.csv")
lab_cols = [c for c in labs.columns if c.startswith("lab_")]
labs[lab_cols] = IterativeImputer(max_iter=10, random_state=0).fit_transform(labs[lab_cols])
labs.to_hdf("interim/labs_imputed.h5", key="labs", mode="w")
