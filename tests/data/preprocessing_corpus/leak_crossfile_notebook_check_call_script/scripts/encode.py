import pandas as pd
from sklearn.preprocessing import RobustScaler

df = pd.read_csv("../data/claims.csv")
num = ["age", "claim_amount", "tenure"]
df[num] = RobustScaler().fit_transform(df[num])
df.to_csv("../data/claims_scaled.csv", index=False)
