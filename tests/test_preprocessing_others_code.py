"""Preprocessing analysis, recall on code written by others (issue 15, third round): each mechanism added for
the forms seen in public notebooks and scripts, on real code strings through the public entry points, with a
clean look-alike that must stay clean."""

from __future__ import annotations

import textwrap

from dataaudit.auditors.preprocessing.code_files import load_code_file
from dataaudit.auditors.preprocessing.program import hand_offs
from test_preprocessing_recall import _leaks, _program  # the same entry points, the same checks


# -- fills across rows ------------------------------------------------------------------------------------------

ROLLED_FILL = """\
    import pandas as pd
    from sklearn.linear_model import Ridge
    from sklearn.model_selection import train_test_split
    power = pd.read_csv("power.csv")
    smooth = power["kw"].rolling(window=7, min_periods=1{center}).mean()
    power["kw"] = power["kw"].fillna(smooth)
    {split}
    Ridge().fit(train[["kw"]], train["y"]).score(test[["kw"]], test["y"])
    """
RANDOM_SPLIT = "train, test = train_test_split(power, random_state=0)"
ORDERED_SPLIT = "train, test = power.iloc[:800], power.iloc[800:]"


def test_gaps_filled_from_a_variable_holding_rolled_values():
    # A centred window reads later rows: a leak under any split.
    assert _leaks(ROLLED_FILL.format(center=", center=True", split=ORDERED_SPLIT)) == [("DA301", "train.py:6")]
    assert _leaks(ROLLED_FILL.format(center=", center=True", split=RANDOM_SPLIT)) == [("DA301", "train.py:6")]
    # A trailing window reads earlier rows only, like ffill: silent when the split keeps time order.
    assert _leaks(ROLLED_FILL.format(center="", split=RANDOM_SPLIT)) == [("DA301", "train.py:6")]
    assert _leaks(ROLLED_FILL.format(center="", split=ORDERED_SPLIT)) == []


def test_fillna_with_a_dict_of_statistics_and_of_constants():
    leaky = """\
        import pandas as pd
        from sklearn.model_selection import cross_val_score
        from sklearn.tree import DecisionTreeClassifier
        df = pd.read_csv("titanic.csv")
        df.fillna({"Age": df["Age"].median(), "Fare": df.Fare.mean()}, inplace=True)
        cross_val_score(DecisionTreeClassifier(), df[["Age", "Fare"]], df["Survived"], cv=5)
        """
    assert _leaks(leaky) == [("DA301", "train.py:5")]
    assert _leaks(leaky.replace('df["Age"].median()', "-1").replace("df.Fare.mean()", "0.0")) == []


# -- statistics the data flow used to lose --------------------------------------------------------------------

def test_values_returned_after_a_test_against_a_statistic():
    source = """\
        import pandas as pd
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import train_test_split
        adult = pd.read_csv("adult.csv")
        cutoff = {cutoff}

        def workload(hours):
            if hours > cutoff:
                return 2
            return 1 if hours >= 35 else 0

        adult["workload"] = adult["hours"].apply(workload)
        X_train, X_test, y_train, y_test = train_test_split(adult[["workload"]], adult["income"])
        LogisticRegression().fit(X_train, y_train).score(X_test, y_test)
        """
    assert _leaks(source.format(cutoff='adult["hours"].quantile(0.75)')) == [("DA301", "train.py:5")]
    assert _leaks(source.format(cutoff="45")) == []


def test_row_function_returning_a_group_statistic_or_the_value():
    source = """\
        import pandas as pd
        from sklearn.ensemble import RandomForestClassifier
        from sklearn.model_selection import train_test_split
        df = pd.read_csv("train.csv")
        {before}
        median_age = {fit_on}.groupby(["Pclass", "Sex"])["Age"].median().to_dict()

        def impute_age(row):
            if pd.isnull(row["Age"]):
                return median_age[(row["Pclass"], row["Sex"])]
            return row["Age"]

        {after}
        RandomForestClassifier().fit(train[["Age"]], train["Survived"]).score(test[["Age"]], test["Survived"])
        """
    source = textwrap.dedent(source)
    leaky = source.format(before="", fit_on="df", after='df["Age"] = df.apply(impute_age, axis=1)\n'
                          "train, test = train_test_split(df)")
    assert _leaks(leaky) == [("DA301", "train.py:6")]
    clean = source.format(before="train, test = train_test_split(df)", fit_on="train",
                          after="train = train.assign(Age=train.apply(impute_age, axis=1))\n"
                          "test = test.assign(Age=test.apply(impute_age, axis=1))")
    assert _leaks(clean) == []


def test_users_scaler_that_fits_on_its_first_call_only():
    source = """\
        import numpy as np
        from sklearn.linear_model import Ridge
        from sklearn.model_selection import train_test_split

        class Standardizer:
            def __init__(self):
                self.mu = None

            def __call__(self, X):
                if self.mu is None:
                    self.mu = X.mean(axis=0)
                return X - self.mu

        X, y = np.load("X.npy"), np.load("y.npy")
        standardize = Standardizer()
        {body}
        Ridge().fit(X_tr, y_tr).score(X_te, y_te)
        """
    source = textwrap.dedent(source)
    leaky = "X = standardize(X)\nX_tr, X_te, y_tr, y_te = train_test_split(X, y)"
    clean = "X_tr, X_te, y_tr, y_te = train_test_split(X, y)\nX_tr = standardize(X_tr)\nX_te = standardize(X_te)"
    assert _leaks(source.format(body=leaky)) == [("DA301", "train.py:11")]
    # The second call (on the test part) finds the statistics set and does not recompute them.
    assert _leaks(source.format(body=clean)) == []


def test_statistics_kept_on_namespaces_class_attributes_and_module_dicts():
    tail = """
        X_train, X_test, y_train, y_test = train_test_split(X, y)
        Ridge().fit(X_train, y_train).score(X_test, y_test)
        """
    head = """\
        import argparse
        import numpy as np
        from sklearn.linear_model import Ridge
        from sklearn.model_selection import train_test_split
        X, y = np.load("X.npy"), np.load("y.npy")
        """
    head, tail = textwrap.dedent(head), textwrap.dedent(tail)
    on_args = head + textwrap.dedent("""\
        args = argparse.ArgumentParser().parse_args()
        args.low = X.min(axis=0)
        X = X - args.low
        """) + tail
    assert _leaks(on_args) == [("DA301", "train.py:7")]
    on_class = head + textwrap.dedent("""\
        class Settings:
            MEAN = None
        Settings.MEAN = X.mean(axis=0)
        X = X - Settings.MEAN
        """) + tail
    assert _leaks(on_class) == [("DA301", "train.py:8")]
    in_function = head + textwrap.dedent("""\
        NORM = {}
        def learn(a):
            NORM["mu"] = a.mean(axis=0)
        learn(X)
        X = X - NORM["mu"]
        """) + tail
    assert _leaks(in_function) == [("DA301", "train.py:8")]


def test_columns_of_a_transposed_array_span_all_rows():
    source = """\
        import numpy as np
        from sklearn.model_selection import train_test_split
        from sklearn.neighbors import KNeighborsClassifier
        X, y = np.load("X.npy"), np.load("y.npy")
        col_max = np.array([max(abs(v) for v in column) for column in X.T])
        X = X / col_max
        X_train, X_test, y_train, y_test = train_test_split(X, y)
        KNeighborsClassifier().fit(X_train, y_train).score(X_test, y_test)
        """
    assert _leaks(source) == [("DA301", "train.py:5")]
    # Each row of X (not X.T) scaled by its own peak: nothing crosses rows.
    assert _leaks(source.replace("for column in X.T", "for column in X").replace(
        "X = X / col_max", "X = X / col_max[:, None]")) == []


# -- objects and pipelines ------------------------------------------------------------------------------------

def test_scalers_kept_in_a_dict_per_column():
    source = """\
        import pandas as pd
        from sklearn.linear_model import Ridge
        from sklearn.model_selection import train_test_split
        from sklearn.preprocessing import MinMaxScaler
        df = pd.read_csv("concrete.csv")
        cols = ["cement", "water", "age"]
        scalers = {}
        for col in cols:
            scalers[col] = MinMaxScaler()
            df[col] = scalers[col].fit_transform(df[[col]])
        X_train, X_test, y_train, y_test = train_test_split(df[cols], df["strength"])
        Ridge().fit(X_train, y_train).score(X_test, y_test)
        """
    assert _leaks(source) == [("DA301", "train.py:10")]


def test_pipeline_set_output_and_formulaic_model_matrix():
    pipeline = """\
        import pandas as pd
        from sklearn.model_selection import train_test_split
        from sklearn.pipeline import Pipeline
        from sklearn.preprocessing import StandardScaler
        from sklearn.svm import SVC
        df = pd.read_csv("kidney.csv")
        prep = Pipeline([("scale", StandardScaler())]).set_output(transform="pandas")
        X = prep.fit_transform(df[["age", "bp"]])
        X_train, X_test, y_train, y_test = train_test_split(X, df["ckd"])
        SVC().fit(X_train, y_train).score(X_test, y_test)
        """
    assert _leaks(pipeline) == [("DA301", "train.py:8")]
    formula = """\
        import pandas as pd
        from formulaic import model_matrix
        from sklearn.linear_model import LinearRegression
        from sklearn.model_selection import train_test_split
        df = pd.read_csv("advertising.csv")
        X = model_matrix("{terms}", df)
        X_train, X_test, y_train, y_test = train_test_split(X, df["sales"])
        LinearRegression().fit(X_train, y_train).score(X_test, y_test)
        """
    assert _leaks(formula.format(terms="scale(TV) + center(radio)")) == [("DA301", "train.py:6")]
    assert _leaks(formula.format(terms="np.log(TV) + radio")) == []  # stateless terms learn nothing


# -- hand-offs between files ----------------------------------------------------------------------------------

SQL_ETL = """\
    import sqlite3
    import pandas as pd
    conn = sqlite3.connect("warehouse.db")
    orders = pd.read_csv("orders.csv")
    {body}
    orders.to_sql("order_features", conn, if_exists="replace")
    """
SQL_MODEL = """\
    import sqlite3
    import pandas as pd
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import train_test_split
    conn = sqlite3.connect("warehouse.db")
    df = pd.read_sql("SELECT value, returned FROM order_features", conn)
    X_train, X_test, y_train, y_test = train_test_split(df[["value"]], df["returned"])
    LogisticRegression().fit(X_train, y_train).score(X_test, y_test)
    """


def test_sql_table_written_by_one_file_and_read_by_another():
    leaky = SQL_ETL.format(body='orders["value"] = orders["value"] / orders["value"].max()')
    assert hand_offs(load_code_file("etl.py", textwrap.dedent(leaky)))[0] == {"table:order_features"}
    assert hand_offs(load_code_file("model.py", textwrap.dedent(SQL_MODEL)))[1] == {"table:order_features"}
    assert _program({"etl.py": leaky, "model.py": SQL_MODEL}) == [("DA301", "etl.py:5")]
    clean = SQL_ETL.format(body='orders["value"] = orders["value"] / 100.0')
    assert _program({"etl.py": clean, "model.py": SQL_MODEL}) == []


def test_dataset_folder_svmlight_file_and_class_body_paths_hand_data_over():
    saved_folder = {
        "prepare.py": """\
            import numpy as np
            from datasets import load_dataset
            ds = load_dataset("csv", data_files="sensors.csv")["train"]
            mean = np.array(ds["reading"]).mean()
            ds = ds.map(lambda ex: {"reading": ex["reading"] - mean})
            ds.save_to_disk("processed/sensors")
            """,
        "train.py": """\
            from datasets import load_from_disk
            from sklearn.linear_model import LogisticRegression
            splits = load_from_disk("processed/sensors").train_test_split(test_size=0.2)
            train, test = splits["train"], splits["test"]
            LogisticRegression().fit(train["reading"], train["label"]).score(test["reading"], test["label"])
            """,
    }
    assert _program(saved_folder) == [("DA301", "prepare.py:4")]
    svmlight = {
        "features.py": """\
            import pandas as pd
            from sklearn.datasets import dump_svmlight_file
            from sklearn.preprocessing import MaxAbsScaler
            df = pd.read_csv("reviews.csv")
            X = MaxAbsScaler().fit_transform(df[["a", "b"]])
            dump_svmlight_file(X, df["stars"].values, "reviews.svmlight")
            """,
        "train.py": """\
            from sklearn.datasets import load_svmlight_file
            from sklearn.linear_model import SGDClassifier
            from sklearn.model_selection import train_test_split
            X, y = load_svmlight_file("reviews.svmlight")
            X_train, X_test, y_train, y_test = train_test_split(X, y)
            SGDClassifier().fit(X_train, y_train).score(X_test, y_test)
            """,
    }
    assert _program(svmlight) == [("DA301", "features.py:5")]
    config_class = {
        "config.py": """\
            from pathlib import Path
            class Config:
                ROOT = Path("/data")
                FEATURES = ROOT / "features.npy"
            """,
        "make_features.py": """\
            import numpy as np
            from sklearn.preprocessing import StandardScaler
            from config import Config
            X = StandardScaler().fit_transform(np.load("raw.npy"))
            np.save(Config.FEATURES, X)
            """,
        "train.py": """\
            import numpy as np
            from sklearn.model_selection import train_test_split
            from config import Config
            X_train, X_test = train_test_split(np.load(Config.FEATURES))
            """,
    }
    assert _program(config_class) == [("DA301", "make_features.py:4")]


def test_numpy_writes_by_keyword_or_into_an_open_file_and_tf_dataset_folders():
    reader = """\
        import numpy as np
        from sklearn.model_selection import train_test_split
        {read}
        X_train, X_test = train_test_split(X)
        """
    reader = textwrap.dedent(reader)
    keywords = {
        "prep.py": """\
            import numpy as np
            X = np.load("raw.npy")
            X = X / X.max(axis=0)
            np.save(file="scaled.npy", arr=X)
            """,
        "fit.py": reader.format(read='X = np.load("scaled.npy")'),
    }
    assert _program(keywords) == [("DA301", "prep.py:3")]
    handle = {
        "prep.py": """\
            import numpy as np
            X = np.load("raw.npy")
            X = X / X.max(axis=0)
            with open("scaled.npy", "wb") as f:
                np.save(f, X)
            """,
        "fit.py": reader.format(read='with open("scaled.npy", "rb") as f:\n    X = np.load(f)'),
    }
    assert _program(handle) == [("DA301", "prep.py:3")]
    folder = {
        "make_ds.py": """\
            import numpy as np
            import tensorflow as tf
            x = np.load("windows.npy")
            x = (x - x.mean(axis=0)) / x.std(axis=0)
            tf.data.Dataset.from_tensor_slices(x).save("datasets/windows")
            """,
        "train.py": """\
            import tensorflow as tf
            ds = tf.data.Dataset.load("datasets/windows")
            val_ds, train_ds = ds.take(100), ds.skip(100)
            """,
    }
    assert _program(folder) == [("DA301", "make_ds.py:4")]


def test_cut_off_mask_in_a_variable_keeps_time_order_a_random_mask_does_not():
    source = """\
        import numpy as np
        import pandas as pd
        from sklearn.linear_model import Ridge
        sales = pd.read_csv("sales.csv").sort_values("date")
        sales["units"] = sales["units"].ffill()
        cut = {mask}
        train, test = sales[cut], sales[~cut]
        Ridge().fit(train[["units"]], train["revenue"]).score(test[["units"]], test["revenue"])
        """
    assert _leaks(source.format(mask='sales["date"] < "2023-01-01"')) == []
    assert _leaks(source.format(mask="np.random.rand(len(sales)) < 0.8")) == [("DA301", "train.py:5")]


def test_update_with_a_filled_copy_and_frame_methods_called_through_the_class():
    source = """\
        import pandas as pd
        from sklearn.model_selection import train_test_split
        df = pd.read_csv("vitals.csv")
        {fill}
        train, test = train_test_split(df)
        """
    assert _leaks(source.format(fill="df.update(df.ffill())")) == [("DA301", "train.py:4")]
    assert _leaks(source.format(fill="df.update(df.fillna(-1))")) == []
    assert _leaks(source.format(fill="df = pd.DataFrame.interpolate(df, limit_direction='both')")) == [
        ("DA301", "train.py:4")]


def test_columns_of_rows_transposed_with_zip_star():
    source = """\
        from sklearn.model_selection import train_test_split
        rows = [[float(v) for v in line.split(",")] for line in open("seeds.csv")]
        {scale}
        X_train, X_test = train_test_split(rows)
        """
    columns = "lows = [min(col) for col in zip(*rows)]\nrows = [[v - lo for v, lo in zip(r, lows)] for r in rows]"
    assert _leaks(textwrap.dedent(source).format(scale=columns)) == [("DA301", "train.py:3")]
    per_row = "rows = [[v - min(r) for v in r] for r in rows]"
    assert _leaks(textwrap.dedent(source).format(scale=per_row)) == []


def test_partitioned_parquet_folder_hands_data_over():
    files = {
        "build.py": """\
            import pandas as pd
            events = pd.read_csv("events.csv")
            events["duration"] = events["duration"].fillna({fill})
            events.to_parquet("lake/events", partition_cols=["year"])
            """,
        "train.py": """\
            import pandas as pd
            from sklearn.model_selection import train_test_split
            events = pd.read_parquet("lake/events")
            train, test = train_test_split(events)
            """,
    }
    leaky = dict(files, **{"build.py": files["build.py"].format(fill='events["duration"].mean()')})
    assert _program(leaky) == [("DA301", "build.py:3")]
    clean = dict(files, **{"build.py": files["build.py"].format(fill="0")})
    assert _program(clean) == []
    # np.save("X_scaled", X) still names the file numpy writes (X_scaled.npy), not a folder.
    numpy_file = {
        "prep.py": 'import numpy as np\nX = np.load("raw.npy")\nnp.save("out/X_scaled", X / X.max())\n',
        "fit.py": 'import numpy as np\nfrom sklearn.model_selection import train_test_split\n'
                  'train, test = train_test_split(np.load("out/X_scaled.npy"))\n',
    }
    assert _program(numpy_file) == [("DA301", "prep.py:3")]


def test_tf_dataset_from_a_generator_function_yields_what_it_computes():
    source = """\
        import numpy as np
        import tensorflow as tf
        signals = np.load("windows.npy")
        mu = signals.mean(axis=0)

        def samples():
            for x in signals:
                yield {value}

        ds = tf.data.Dataset.from_generator(samples, output_signature=None)
        val_ds, train_ds = ds.take(100), ds.skip(100)
        """
    assert _leaks(source.format(value="x - mu")) == [("DA301", "train.py:4")]
    assert _leaks(source.format(value="x - x.mean()")) == []  # each window centred on its own mean
