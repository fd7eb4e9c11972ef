import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE

fraud = pd.read_csv("data/insurance_claims_numeric.csv")
y = fraud.pop("fraud_reported").to_numpy()
X_res, y_res = SMOTE(random_state=2).fit_resample(fraud.to_numpy(), y)
np.savez_compressed("data/claims_balanced.npz", X=X_res, y=y_res)
