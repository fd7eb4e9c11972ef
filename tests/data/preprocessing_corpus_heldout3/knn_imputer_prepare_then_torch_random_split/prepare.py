import numpy as np
import pandas as pd
from sklearn.impute import KNNImputer

survey = pd.read_csv("nhanes_subset.csv")
cols = ["BMXBMI", "BPXSY1", "LBXGLU", "LBXTC", "RIDAGEYR"]
np.save("nhanes_X.npy", KNNImputer(n_neighbors=10).fit_transform(survey[cols]))
np.save("nhanes_y.npy", survey["DIQ010"].eq(1).to_numpy())
