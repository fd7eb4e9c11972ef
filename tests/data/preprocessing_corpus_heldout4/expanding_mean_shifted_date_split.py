import pandas as pd
import lightgbm as lgb

visits = pd.read_csv("restaurant_visits.csv", parse_dates=["visit_date"]).sort_values(["store_id", "visit_date"])
g = visits.groupby("store_id")["visitors"]
visits["visitors_expanding_mean"] = g.transform(lambda s: s.expanding().mean().shift(1))
visits["visitors_lag7"] = g.shift(7)
visits["dow"] = visits["visit_date"].dt.dayofweek

cutoff = pd.Timestamp("2017-03-01")
train = visits[visits["visit_date"] < cutoff]
valid = visits[visits["visit_date"] >= cutoff]
feats = ["visitors_expanding_mean", "visitors_lag7", "dow"]
booster = lgb.train({"objective": "regression_l1", "learning_rate": 0.05, "verbose": -1},
                    lgb.Dataset(train[feats], train["visitors"]), num_boost_round=600,
                    valid_sets=[lgb.Dataset(valid[feats], valid["visitors"])])
print(booster.best_score)
