import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression

df = pd.read_csv("auto-mpg.csv")
numeric_cols = ["displacement", "horsepower", "weight", "acceleration"]
for col in numeric_cols:
    df[col] = (df[col] - df[col].mean()) / df[col].std()

train_df, test_df = train_test_split(df, test_size=0.2, random_state=1)
lr = LinearRegression().fit(train_df[numeric_cols], train_df["mpg"])
print(lr.score(test_df[numeric_cols], test_df["mpg"]))
