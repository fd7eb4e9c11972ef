import sys
import pandas as pd
from sklearn.model_selection import train_test_split

df = pd.read_csv(sys.argv[1])
train, test = train_test_split(df, test_size=0.2, random_state=42, stratify=df["Churn"])
train.to_parquet(sys.argv[2])
test.to_parquet(sys.argv[3])
