"""Weekly store sales regression, baseline model."""
import pandas as pd
from sklearn.model_selection import train_test_split
from lightgbm import LGBMRegressor
from sklearn.metrics import mean_squared_error

sales = pd.read_csv("train_weekly.csv", parse_dates=["week"])
stores = pd.read_csv("stores.csv")
sales = sales.merge(stores, on="store_id", how="left")
sales = sales.sort_values(["store_id", "week"])

# promotions and markdowns are reported irregularly per store
sales[["markdown1", "markdown2", "cpi", "unemployment"]] = (
    sales.groupby("store_id")[["markdown1", "markdown2", "cpi", "unemployment"]].ffill()
)
sales = sales.dropna(subset=["cpi"])

features = ["store_size", "markdown1", "markdown2", "cpi", "unemployment", "is_holiday"]
train_df, valid_df = train_test_split(sales, test_size=0.2, random_state=7)

reg = LGBMRegressor(n_estimators=500, learning_rate=0.05)
reg.fit(train_df[features], train_df["weekly_sales"])
rmse = mean_squared_error(valid_df["weekly_sales"], reg.predict(valid_df[features])) ** 0.5
print(f"validation RMSE {rmse:.1f}")
