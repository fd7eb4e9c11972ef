import polars as pl
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

VEHICLE_AGE = ["< 1 Year", "1-2 Year", "> 2 Years"]
cust = pl.read_csv("insurance_cross_sell.csv")
cust = cust.with_columns([(pl.col("Vehicle_Age") == v).cast(pl.Int8).alias(f"age_{i}") for i, v in enumerate(VEHICLE_AGE)])
cust = cust.with_columns((pl.col("Vehicle_Damage") == "Yes").cast(pl.Int8).alias("damaged"))
X = cust.select(["Age", "Annual_Premium", "damaged"] + [f"age_{i}" for i in range(3)]).to_numpy()
y = cust.get_column("Response").to_numpy()
a, b, ya, yb = train_test_split(X, y, test_size=0.2, random_state=0)
print(LogisticRegression(max_iter=2000).fit(a, ya).score(b, yb))
